using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features;

/// <summary>
/// The server-side time budget of one run (<see cref="RunLimits.RunSeconds"/>): a token linked to the caller's that is
/// cancelled when the budget is spent, and the refusal that says so at the field that sizes the run.
/// </summary>
internal static class RunBudget
{
    public static CancellationTokenSource Start(TimeSpan budget, CancellationToken caller)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(caller);
        // CancelAfter(0) would still let the run start before its timer fires; no budget means no run.
        if (budget > TimeSpan.Zero) timeout.CancelAfter(budget);
        else timeout.Cancel();
        return timeout;
    }

    public static RequestValidationException Exceeded(TimeSpan budget, IBudgetedRun run) =>
        new([new FieldError(run.SizeField, $"the run exceeded the {budget.TotalSeconds:0.#} s limit; {run.Remedy}")]);
}
