namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>How a flow ends, after Batfish's flow dispositions.</summary>
public enum Disposition
{
    Accepted,
    DeniedIn,
    DeniedOut,
    NoRoute,
    NeighborUnreachable,
    NoListener,
    Loop,
    RefusedByShareAcl,
    NoHealthyMember,
    NotForwarded,
    ReturnBlocked,
    MultipathInconsistent,
}
