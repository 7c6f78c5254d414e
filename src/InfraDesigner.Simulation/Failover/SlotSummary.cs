namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// The slot arithmetic of the slot policy. A slot is sized in vCPU and GB in the provisioned view, in MHz
/// (<see cref="SlotCpuMhz"/>) and GB of reservation plus overhead in vSphere's; the other CPU figure is null.
/// </summary>
public sealed record SlotSummary(double? SlotVcpu, double SlotRamGb, int TotalSlots, int SlotsKeptForFailover, int UsedSlots, double? SlotCpuMhz = null)
{
    public int FreeSlots => TotalSlots - SlotsKeptForFailover - UsedSlots;
}
