namespace InfraDesigner.Data.Entities;

/// <summary>One trainee in a classroom, with the copy of the exercise they work on (theirs, viewable by the trainer).</summary>
public sealed class ClassroomTraineeRecord
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; }
    public Guid ClassroomId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }
    public Guid TopologyId { get; set; }
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>The trainer's latest hint to this trainee (sent to them alone or to the whole class), and when.</summary>
    public string? Note { get; set; }

    public DateTimeOffset? NoteAt { get; set; }
}
