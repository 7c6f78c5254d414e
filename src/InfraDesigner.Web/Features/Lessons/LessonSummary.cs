namespace InfraDesigner.Web.Features.Lessons;

/// <summary>A lesson as listed: its texts in the asked language, and how many checks its exercise has.</summary>
public sealed record LessonSummary(string Id, string Topic, string Title, string Summary, int CheckCount);
