namespace InfraDesigner.Domain.Lessons.Checks;

/// <summary>
/// Structural: no firewall rule allows traffic from the zone <see cref="FromZone"/> to the element <see cref="To"/>,
/// except on <see cref="ExceptPorts"/> ("sap has no firewall opening from zone A", "only 3300 is open to sap").
/// </summary>
public sealed record NoOpeningCheck : ExerciseCheck
{
    public required string FromZone { get; init; }

    public required string To { get; init; }

    public EquatableArray<int> ExceptPorts { get; init; }
}
