namespace InfraDesigner.Domain.Lessons;

/// <summary>The lessons that come with the app: the JSON files of Lessons/Builtin, read and validated once.</summary>
public static class LessonCatalog
{
    private static readonly Lazy<IReadOnlyList<Lesson>> Lessons = new(Load);

    public static IReadOnlyList<Lesson> Builtin => Lessons.Value;

    public static Lesson? Find(string id) => Builtin.FirstOrDefault(lesson => lesson.Id == id);

    private static IReadOnlyList<Lesson> Load()
    {
        var assembly = typeof(LessonCatalog).Assembly;
        return assembly.GetManifestResourceNames().Where(name => name.StartsWith("lessons/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                var read = LessonSerializer.Import(reader.ReadToEnd());
                return read.Succeeded ? read.Lesson : throw new InvalidOperationException($"The built-in lesson {name} is refused: {string.Join("; ", read.Problems)}");
            })
            .ToArray();
    }
}
