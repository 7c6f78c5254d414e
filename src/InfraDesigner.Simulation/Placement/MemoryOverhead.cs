namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// What the hypervisor keeps of a host's memory: a system reserve per host (VMkernel, drivers, agents) taken
/// off its RAM, and, with <paramref name="PerVm"/>, each VM's overhead (<see cref="VmMemoryOverhead"/>) added to
/// the VM's RAM. Both are physical memory, but the engines count them against the RAM capacity after overcommit
/// like the VM's own memory.
/// </summary>
public sealed record MemoryOverhead(double HostReserveGb = 0, bool PerVm = false)
{
    /// <summary>
    /// 4 GB per host (the memory ESXi 7 and 8 need to install and run; Broadcom KB 420935 notes the real
    /// figure depends on drivers and features such as vSAN or NSX, so it is a parameter) and the per-VM table.
    /// </summary>
    public const double DefaultHostReserveGb = 4;

    public static MemoryOverhead None { get; } = new();

    public static MemoryOverhead VSphere { get; } = new(DefaultHostReserveGb, PerVm: true);

    public bool IsNone => HostReserveGb == 0 && !PerVm;

    public double VmGb(int vcpu, double ramGb) => PerVm ? VmMemoryOverhead.Gigabytes(vcpu, ramGb) : 0;

    public string Describe() => IsNone
        ? "no hypervisor memory overhead"
        : $"hypervisor keeps {HostReserveGb:0.##} GB per host" + (PerVm ? " and each VM's overhead from vSphere's sample table (about 0.15 GB for 4 vCPU/16 GB)" : "");
}
