namespace InfraDesigner.Data.Entities;

/// <summary>One stored topology: its identity and descriptive fields.</summary>
public sealed class TopologyRecord
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Bumped by every committed edit; tells a client whether its copy is current.</summary>
    public long Version { get; set; }

    /// <summary>The account that created it; null for a topology stored before accounts existed (only admins see those).</summary>
    public string? OwnerId { get; set; }

    /// <summary>The lesson (built-in or imported) whose exercise this topology is; null for an ordinary topology.</summary>
    public string? LessonId { get; set; }
}
