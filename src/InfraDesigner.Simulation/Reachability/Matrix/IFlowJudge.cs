using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>The disposition of the flow from one device to another on one port, as a full trace would give it.</summary>
internal interface IFlowJudge
{
    Disposition Judge(int source, int destination, int port);

    Flow Flow(int source, int destination, int port);
}
