namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>What happened in a classroom, for the trainer's board and the trainees' Lesson tabs open on this instance.</summary>
public enum ClassroomNotice
{
    Joined,
    HintsChanged,
    NoteSent,
    CanvasShown,
    Ended,
}

/// <summary>Who listens for news of each classroom (one per app: a singleton), keyed by the classroom's id.</summary>
public sealed class ClassroomNews
{
    private readonly TopologySubscribers<ClassroomNotice> _listeners = new();

    public IDisposable Subscribe(Guid classroomId, Action<ClassroomNotice> handler) => _listeners.Subscribe(classroomId, handler);

    public void Tell(Guid classroomId, ClassroomNotice notice) => _listeners.Deliver(classroomId, notice);
}
