namespace InfraDesigner.Web.Features;

/// <summary>
/// A simulation or analysis held to the time budget of <see cref="RunLimits"/>; names the field to ask less of when a
/// run overruns, and what to do about it.
/// </summary>
public interface IBudgetedRun
{
    /// <summary>The JSON name of the field that sizes the run, e.g. "durationSeconds".</summary>
    string SizeField { get; }

    /// <summary>What the asker can do to stay within the budget.</summary>
    string Remedy => $"make {SizeField} smaller";
}
