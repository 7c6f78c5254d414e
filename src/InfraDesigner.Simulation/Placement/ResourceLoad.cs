namespace InfraDesigner.Simulation.Placement;

/// <summary>Reserved versus usable capacity of one resource on one host (usable = after overcommit and headroom).</summary>
public sealed record ResourceLoad(double Used, double Capacity)
{
    public double Free => Capacity - Used;

    public double Fraction => Capacity > 0 ? Used / Capacity : 0;
}
