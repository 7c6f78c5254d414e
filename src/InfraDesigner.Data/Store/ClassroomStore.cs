using System.Linq.Expressions;
using System.Security.Cryptography;
using InfraDesigner.Data.Entities;
using InfraDesigner.Domain.Topologies;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

/// <summary>
/// Classrooms and their seats, in the database so a session survives reconnects, a server restart and
/// every app instance on the same database.
/// </summary>
public sealed class ClassroomStore(IDbContextFactory<AppDbContext> dbFactory, TopologyStore topologies, TimeProvider clock)
{
    /// <summary>Letters and digits nobody confuses when read aloud or from a projector (no 0/O, 1/I/L).</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int CodeLength = 6;

    public async Task<StoredClassroom> OpenAsync(string lessonId, string? trainerId, string language, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = new ClassroomRecord
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), Code = NewCode(), LessonId = lessonId, TrainerId = trainerId,
                Language = language, OpenedAt = clock.GetUtcNow(),
            };
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Classrooms.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return StoredClassroom.Of(row, []);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // A code already in use (about one in a billion per open classroom): draw another.
                if (!await CodeTakenAsync(row.Code, cancellationToken)) throw;
            }
        }
    }

    /// <summary>The classroom with this code, however it was typed ("k7m-q2p", " K7MQ2P "); null when none.</summary>
    public async Task<StoredClassroom?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var normal = Normalize(code);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Classrooms.Where(c => c.Code == normal).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return id is { } found ? await LoadAsync(db, found, cancellationToken) : null;
    }

    public async Task<StoredClassroom?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, id, cancellationToken);
    }

    /// <summary>The classrooms this trainer opened (every classroom for null), newest first.</summary>
    public async Task<IReadOnlyList<ClassroomSummary>> ListAsync(string? trainerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var summaries = await Summaries(db, db.Classrooms.Where(c => trainerId == null || c.TrainerId == trainerId)).ToListAsync(cancellationToken);
        return [.. summaries.OrderByDescending(c => c.OpenedAt)];
    }

    /// <summary>
    /// Seats a trainee: stores their copy of the exercise (theirs, viewable by the trainer) and the seat in one
    /// transaction. An account already seated gets its seat back, with no second copy.
    /// </summary>
    public async Task<StoredTrainee> JoinAsync(StoredClassroom classroom, string userId, string displayName, Func<Topology> exercise, ChangeAuthor by, CancellationToken cancellationToken = default)
    {
        if (classroom.Trainees.FirstOrDefault(t => t.UserId == userId) is { } seated) return seated;
        var seat = new ClassroomTraineeRecord { Id = Guid.CreateVersion7(clock.GetUtcNow()), ClassroomId = classroom.Id, UserId = userId, DisplayName = displayName, JoinedAt = clock.GetUtcNow() };
        try
        {
            await topologies.CreateLessonAttemptAsync(exercise(), userId, classroom.LessonId, by, (db, topologyId) =>
            {
                seat.TopologyId = topologyId;
                db.ClassroomTrainees.Add(seat);
                if (classroom.TrainerId is { } trainer && trainer != userId)
                    db.TopologyShares.Add(new TopologyShareRecord { TopologyId = topologyId, UserId = trainer, Access = TopologyAccess.Viewer });
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same account joined twice at once (two tabs): the other join won, and nothing of this one was stored.
            if (await SeatAsync(classroom.Id, userId, cancellationToken) is { } winner) return winner;
            throw;
        }
        return StoredTrainee.OfRecord(seat);
    }

    public async Task<StoredTrainee?> SeatAsync(Guid classroomId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClassroomTrainees.AsNoTracking().Where(t => t.ClassroomId == classroomId && t.UserId == userId)
            .Select(StoredTrainee.FromRecord).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The classroom whose exercise this topology is, with the seat; null for any other topology.</summary>
    public Task<(ClassroomSummary Classroom, StoredTrainee Seat)?> OfTopologyAsync(Guid topologyId, CancellationToken cancellationToken = default) =>
        SeatWithClassroomAsync(t => t.TopologyId == topologyId, cancellationToken);

    /// <summary>One seat of this classroom, with the classroom; null when either is not there.</summary>
    public Task<(ClassroomSummary Classroom, StoredTrainee Seat)?> SeatInAsync(Guid classroomId, Guid seatId, CancellationToken cancellationToken = default) =>
        SeatWithClassroomAsync(t => t.ClassroomId == classroomId && t.Id == seatId, cancellationToken);

    private async Task<(ClassroomSummary Classroom, StoredTrainee Seat)?> SeatWithClassroomAsync(
        Expression<Func<ClassroomTraineeRecord, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seat = await db.ClassroomTrainees.AsNoTracking().Where(which).FirstOrDefaultAsync(cancellationToken);
        if (seat is null) return null;
        return (await Summaries(db, db.Classrooms.Where(c => c.Id == seat.ClassroomId)).SingleAsync(cancellationToken), StoredTrainee.OfRecord(seat));
    }

    public Task<bool> SetHintsAsync(Guid id, bool shown, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, c => c.HintsShown = shown, cancellationToken);

    /// <summary>Shows this canvas of the trainer's to every trainee (null: stops showing one). False when there is no such classroom.</summary>
    public Task<bool> ShowTopologyAsync(Guid id, Guid? topologyId, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, c => c.ShownTopologyId = topologyId, cancellationToken);

    /// <summary>Gives one seat (or, with no seat, every seat of the classroom) the trainer's hint; answers how many got it.</summary>
    public async Task<int> NoteAsync(Guid classroomId, Guid? seatId, string note, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClassroomTrainees.Where(t => t.ClassroomId == classroomId && (seatId == null || t.Id == seatId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Note, note).SetProperty(t => t.NoteAt, at), cancellationToken);
    }

    /// <summary>Ends the classroom; the trainees keep their copies. False when there is no such classroom.</summary>
    public Task<bool> EndAsync(Guid id, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, c => c.EndedAt ??= clock.GetUtcNow(), cancellationToken);

    public static string Normalize(string code) =>
        new([.. code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private async Task<bool> UpdateAsync(Guid id, Action<ClassroomRecord> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Classrooms.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } row) return false;
        change(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task<StoredClassroom?> LoadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        if (await db.Classrooms.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } row) return null;
        var trainees = await db.ClassroomTrainees.AsNoTracking().Where(t => t.ClassroomId == id).ToListAsync(cancellationToken);
        return StoredClassroom.Of(row, trainees);
    }

    private static IQueryable<ClassroomSummary> Summaries(AppDbContext db, IQueryable<ClassroomRecord> classrooms) =>
        classrooms.AsNoTracking().Select(c => new ClassroomSummary(
            c.Id, c.Code, c.LessonId, c.TrainerId, c.Language, c.HintsShown, c.ShownTopologyId, c.OpenedAt, c.EndedAt,
            db.ClassroomTrainees.Count(t => t.ClassroomId == c.Id)));

    private async Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Classrooms.AnyAsync(c => c.Code == code, cancellationToken);
    }

    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
}
