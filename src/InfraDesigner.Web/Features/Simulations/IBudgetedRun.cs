namespace InfraDesigner.Web.Features.Simulations;

/// <summary>A simulation held to the time budget of <see cref="RunLimits"/>; names the field to ask less of when a run overruns.</summary>
public interface IBudgetedRun
{
    /// <summary>The JSON name of the field that sizes the run, e.g. "durationSeconds".</summary>
    string SizeField { get; }
}
