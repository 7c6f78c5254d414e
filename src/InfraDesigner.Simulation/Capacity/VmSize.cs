namespace InfraDesigner.Simulation.Capacity;

/// <summary>The size of one VM (a template or a flavor).</summary>
public sealed record VmSize(int Vcpu, double RamGb, double DiskGb)
{
    public override string ToString() => $"{Vcpu} vCPU/{RamGb:0.##} GB RAM/{DiskGb:0.##} GB disk";
}
