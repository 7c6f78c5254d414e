namespace InfraDesigner.Data.Entities;

/// <summary>A lesson a trainer imported: its file as written (docs/lesson-format.md), validated before it was stored.</summary>
public sealed class LessonRecord
{
    /// <summary>The lesson's own id, unique among built-in and imported lessons.</summary>
    public required string Id { get; set; }

    /// <summary>The account that imported it; only it (or an admin) replaces or deletes it. Null once that account is gone.</summary>
    public string? OwnerId { get; set; }

    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
