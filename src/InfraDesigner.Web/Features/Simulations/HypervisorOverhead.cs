using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// The request fields for the hypervisor's memory overhead: the host reserve in GB (default
/// <see cref="MemoryOverhead.DefaultHostReserveGb"/>) and whether each VM's overhead is added (default yes).
/// </summary>
internal static class HypervisorOverhead
{
    public static IEnumerable<FieldError> Validate(double? hostReserveGb) =>
        SimulationRules.NotNegative("hypervisorReserveGb", hostReserveGb);

    public static MemoryOverhead From(double? hostReserveGb, bool? vmMemoryOverhead) =>
        new(hostReserveGb ?? MemoryOverhead.DefaultHostReserveGb, vmMemoryOverhead ?? true);
}
