namespace InfraDesigner.Simulation.Failover;

/// <summary>The slot arithmetic of the slot policy.</summary>
public sealed record SlotSummary(double SlotVcpu, double SlotRamGb, int TotalSlots, int SlotsKeptForFailover, int UsedSlots)
{
    public int FreeSlots => TotalSlots - SlotsKeptForFailover - UsedSlots;
}
