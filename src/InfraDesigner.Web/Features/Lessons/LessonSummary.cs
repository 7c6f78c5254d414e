namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// A lesson as listed: its texts in the asked language, how many checks its exercise has, whether a trainer
/// imported it, and whether the asker may replace or delete it.
/// </summary>
public sealed record LessonSummary(string Id, string Topic, string Title, string Summary, int CheckCount, bool Imported, bool CanChange);
