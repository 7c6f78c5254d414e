namespace InfraDesigner.Simulation.Reachability.Shadowing;

public enum ShadowKind
{
    /// <summary>Nothing can match: an unknown zone or device, an empty port range, ports on ICMP.</summary>
    Unmatchable,

    /// <summary>Earlier lines with the other action take every packet it would match: it is dead and misleading.</summary>
    Shadowed,

    /// <summary>Earlier lines with the same action take every packet it would match: it is dead but harmless.</summary>
    Redundant,
}
