namespace InfraDesigner.Data.Entities;

/// <summary>A live classroom: a trainer's session on one lesson that trainees join with its short code.</summary>
public sealed class ClassroomRecord
{
    public Guid Id { get; set; }

    /// <summary>What trainees type to join, unique among all classrooms.</summary>
    public required string Code { get; set; }

    public required string LessonId { get; set; }

    /// <summary>The trainer who opened it; null once that account is gone (then only admins see it).</summary>
    public string? TrainerId { get; set; }

    /// <summary>The language the trainees' copies of the lesson are made in: "en" or "ko".</summary>
    public required string Language { get; set; }

    /// <summary>Whether trainees see the engines' hints (why a check fails) on their Lesson tab.</summary>
    public bool HintsShown { get; set; } = true;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The trainer's canvas shown to the class: every trainee may view it while it is shown and the classroom is open.</summary>
    public Guid? ShownTopologyId { get; set; }

    /// <summary>When the trainer ended it; nobody joins an ended classroom.</summary>
    public DateTimeOffset? EndedAt { get; set; }
}
