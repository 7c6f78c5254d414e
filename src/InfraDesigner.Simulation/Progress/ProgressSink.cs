namespace InfraDesigner.Simulation.Progress;

/// <summary>
/// Where an engine reports progress. <see cref="None"/> costs one null check, so hot loops
/// can report unconditionally every few thousand steps.
/// </summary>
public sealed class ProgressSink
{
    private readonly string engine;
    private readonly Action<SimulationProgress>? report;

    public ProgressSink(string engine, Action<SimulationProgress>? report)
    {
        this.engine = engine;
        this.report = report;
    }

    public static ProgressSink None { get; } = new("none", null);

    public void Report(string stage, int done, int total, string message) =>
        report?.Invoke(new SimulationProgress(engine, stage, done, total, message));
}
