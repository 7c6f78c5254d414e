using InfraDesigner.Data.Entities;

namespace InfraDesigner.Data.Store;

/// <summary>An imported lesson as stored: its file and who imported it.</summary>
public sealed record StoredLesson(string Id, string Json, string? OwnerId, DateTimeOffset UpdatedAt)
{
    internal static StoredLesson Of(LessonRecord row) => new(row.Id, row.Json, row.OwnerId, row.UpdatedAt);
}
