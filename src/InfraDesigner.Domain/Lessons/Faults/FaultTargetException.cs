namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>A fault names something its starting topology does not have; <see cref="Field"/> is the fault's field.</summary>
public sealed class FaultTargetException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
