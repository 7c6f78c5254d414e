using InfraDesigner.Domain;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

public static partial class TopologyEdits
{
    public static Topology AddIntent(Topology topology, Intent intent) => topology with { Intents = topology.Intents.Add(intent) };

    public static Topology DeleteIntent(Topology topology, string name) =>
        topology with { Intents = topology.Intents.Where(i => i.Name != name).ToEquatableArray() };
}
