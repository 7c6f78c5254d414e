using System.Collections.Concurrent;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// Every lesson a trainee can start: the built-in ones, then those trainers imported. Imported lessons are read
/// from the database on each call, so every app instance sees an import at once; each file is parsed once per version.
/// </summary>
public sealed class LessonLibrary(LessonStore store, ILogger<LessonLibrary> log)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset UpdatedAt, Lesson? Lesson)> _parsed = new();

    public async Task<IReadOnlyList<LibraryLesson>> ListAsync(CancellationToken cancellationToken = default)
    {
        var imported = await store.ListAsync(cancellationToken);
        return LessonCatalog.Builtin.Select(lesson => new LibraryLesson(lesson))
            .Concat(imported.Where(stored => LessonCatalog.Find(stored.Id) is null).Select(Read).OfType<LibraryLesson>())
            .ToArray();
    }

    /// <summary>The lesson with this id; a built-in one wins over an imported one of the same id.</summary>
    public async Task<LibraryLesson?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        LessonCatalog.Find(id) is { } builtin ? new LibraryLesson(builtin)
        : await store.FindAsync(id, cancellationToken) is { } stored ? Read(stored)
        : null;

    private LibraryLesson? Read(StoredLesson stored)
    {
        var lesson = _parsed.TryGetValue(stored.Id, out var parsed) && parsed.UpdatedAt == stored.UpdatedAt ? parsed.Lesson : Parse(stored);
        return lesson is null ? null : new LibraryLesson(lesson, stored.Json, stored.OwnerId);
    }

    // A file validated when it was imported may be refused by a later version of the format; it is left out, not fatal.
    private Lesson? Parse(StoredLesson stored)
    {
        var read = LessonSerializer.Import(stored.Json);
        if (!read.Succeeded)
            log.LogWarning("The imported lesson {LessonId} no longer reads and is left out: {Problems}", stored.Id, string.Join("; ", read.Problems));
        _parsed[stored.Id] = (stored.UpdatedAt, read.Lesson);
        return read.Lesson;
    }
}
