using InfraDesigner.Domain.Network;
using InfraDesigner.Simulation.Reachability;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>The ports the matrix checks when none are given: those the topology's services listen on, lowest first.</summary>
public static class ListeningPorts
{
    public static IReadOnlyList<int> Of(NetworkSnapshot snapshot, Protocol protocol, int most = 50) =>
        snapshot.Devices.SelectMany(d => d.Listeners).Where(l => l.Protocol == protocol).Select(l => l.Port).Distinct().Order().Take(most).ToArray();
}
