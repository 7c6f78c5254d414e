namespace InfraDesigner.Simulation.Progress;

/// <summary>The engine has done <paramref name="Done"/> of <paramref name="Total"/> steps of a stage.</summary>
public sealed record SimulationProgress(string Engine, string Stage, int Done, int Total, string Message)
    : SimulationEvent(Engine)
{
    public double Fraction => Total <= 0 ? 1 : (double)Done / Total;
}
