using InfraDesigner.Data.Store;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>A classroom as its trainer sees it in a list: the code to hand out and how many have joined.</summary>
public sealed record ClassroomView(Guid Id, string Code, string LessonId, string Language, bool HintsShown, Guid? ShownTopologyId, DateTimeOffset OpenedAt, DateTimeOffset? EndedAt, int Trainees)
{
    public bool Ended => EndedAt is not null;

    /// <summary>The code as it is read out: "K7M-Q2P".</summary>
    public string SpokenCode => Spoken(Code);

    public static string Spoken(string code) => code.Length == 6 ? $"{code[..3]}-{code[3..]}" : code;

    public static ClassroomView Of(StoredClassroom stored) => Of(stored.Summary);

    public static ClassroomView Of(ClassroomSummary summary) => new(
        summary.Id, summary.Code, summary.LessonId, summary.Language, summary.HintsShown, summary.ShownTopologyId, summary.OpenedAt, summary.EndedAt, summary.Trainees);
}
