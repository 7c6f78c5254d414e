using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>The disposition of the flow from one device to another on one port, as a full trace would give it.</summary>
internal interface IFlowJudge
{
    Disposition Judge(int source, int destination, int port);

    Flow Flow(int source, int destination, int port);

    /// <summary>
    /// The firewalls whose rules can decide any flow from <paramref name="source"/> to <paramref name="destination"/>
    /// (every one its paths cross, either way); null when that is not known, so any firewall may.
    /// </summary>
    IReadOnlyList<int>? FirewallsOn(int source, int destination);
}
