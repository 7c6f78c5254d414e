using InfraDesigner.Data.Entities;

namespace InfraDesigner.Data.Store;

/// <summary>A classroom as stored, with its trainees in the order they joined.</summary>
public sealed record StoredClassroom(
    Guid Id, string Code, string LessonId, string? TrainerId, string Language, bool HintsShown,
    DateTimeOffset OpenedAt, DateTimeOffset? EndedAt, IReadOnlyList<StoredTrainee> Trainees)
{
    public bool Ended => EndedAt is not null;

    public ClassroomSummary Summary => new(Id, Code, LessonId, TrainerId, Language, HintsShown, OpenedAt, EndedAt, Trainees.Count);

    internal static StoredClassroom Of(ClassroomRecord row, IEnumerable<ClassroomTraineeRecord> trainees) => new(
        row.Id, row.Code, row.LessonId, row.TrainerId, row.Language, row.HintsShown, row.OpenedAt, row.EndedAt,
        [.. trainees.OrderBy(t => t.JoinedAt).ThenBy(t => t.Id).Select(t => new StoredTrainee(t.Id, t.UserId, t.DisplayName, t.TopologyId, t.JoinedAt))]);
}

public sealed record StoredTrainee(Guid Id, string UserId, string DisplayName, Guid TopologyId, DateTimeOffset JoinedAt);

/// <summary>A classroom as a list shows it: as stored, with how many trainees joined instead of who.</summary>
public sealed record ClassroomSummary(
    Guid Id, string Code, string LessonId, string? TrainerId, string Language, bool HintsShown,
    DateTimeOffset OpenedAt, DateTimeOffset? EndedAt, int Trainees)
{
    public bool Ended => EndedAt is not null;
}
