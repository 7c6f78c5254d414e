using System.Linq.Expressions;
using InfraDesigner.Data.Entities;

namespace InfraDesigner.Data.Store;

/// <summary>A classroom as stored, with its trainees in the order they joined.</summary>
public sealed record StoredClassroom(
    Guid Id, string Code, string LessonId, string? TrainerId, string Language, bool HintsShown, Guid? ShownTopologyId,
    DateTimeOffset OpenedAt, DateTimeOffset? EndedAt, IReadOnlyList<StoredTrainee> Trainees)
{
    public bool Ended => EndedAt is not null;

    public ClassroomSummary Summary => new(Id, Code, LessonId, TrainerId, Language, HintsShown, ShownTopologyId, OpenedAt, EndedAt, Trainees.Count);

    internal static StoredClassroom Of(ClassroomRecord row, IEnumerable<ClassroomTraineeRecord> trainees) => new(
        row.Id, row.Code, row.LessonId, row.TrainerId, row.Language, row.HintsShown, row.ShownTopologyId, row.OpenedAt, row.EndedAt,
        [.. trainees.OrderBy(t => t.JoinedAt).ThenBy(t => t.Id).Select(StoredTrainee.OfRecord)]);
}

/// <summary>A classroom as a list shows it: as stored, with how many trainees joined instead of who.</summary>
public sealed record ClassroomSummary(
    Guid Id, string Code, string LessonId, string? TrainerId, string Language, bool HintsShown, Guid? ShownTopologyId,
    DateTimeOffset OpenedAt, DateTimeOffset? EndedAt, int Trainees)
{
    public bool Ended => EndedAt is not null;
}

/// <summary>A seat: who, under which name, on which copy of the exercise, and the trainer's latest hint to them.</summary>
public sealed record StoredTrainee(Guid Id, string UserId, string DisplayName, Guid TopologyId, DateTimeOffset JoinedAt, string? Note, DateTimeOffset? NoteAt)
{
    /// <summary>The projection queries read seats with, so every query reads the same columns.</summary>
    internal static readonly Expression<Func<ClassroomTraineeRecord, StoredTrainee>> FromRecord =
        t => new StoredTrainee(t.Id, t.UserId, t.DisplayName, t.TopologyId, t.JoinedAt, t.Note, t.NoteAt);

    internal static readonly Func<ClassroomTraineeRecord, StoredTrainee> OfRecord = FromRecord.Compile();
}
