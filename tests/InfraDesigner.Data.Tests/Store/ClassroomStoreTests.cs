using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace InfraDesigner.Data.Tests.Store;

/// <summary>Classrooms and their seats: join codes, a trainee's copy stored with its seat and the trainer's share in one transaction, hints and the end.</summary>
public abstract class ClassroomStoreTests : StoreTestBase
{
    private const string Lesson = "open-the-sap-gateway";
    private const string Trainer = "trainer-1";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly ClassroomStore _classrooms;

    protected ClassroomStoreTests(DatabaseProvider provider) : base(provider)
    {
        _classrooms = new ClassroomStore(new TempDatabaseFactory(Database), new TopologyStore(new TempDatabaseFactory(Database), _time), _time);
        AddUsers(Trainer, "trainer-2", "trainee-1", "trainee-2");
    }

    private AppDbContext Db() => new TempDatabaseFactory(Database).CreateDbContext();

    private void AddUsers(params string[] ids)
    {
        using var db = Db();
        db.Users.AddRange(ids.Select(id => new IdentityUser { Id = id, UserName = id, NormalizedUserName = id.ToUpperInvariant() }));
        db.SaveChanges();
    }

    private static Topology Exercise() => SampleTopologies.Get("zones-firewall").Topology;

    private Task<StoredClassroom> OpenAsync(string? trainer = Trainer) => _classrooms.OpenAsync(Lesson, trainer, "en");

    private Task<StoredTrainee> JoinAsync(StoredClassroom classroom, string userId, Func<Topology>? exercise = null) =>
        _classrooms.JoinAsync(classroom, userId, $"Name of {userId}", exercise ?? Exercise, ChangeAuthor.System);

    private async Task<StoredClassroom> ReloadAsync(StoredClassroom classroom) => (await _classrooms.FindAsync(classroom.Id))!;

    /// <summary>How many topologies, items, change-log lines, seats and shares are stored, for "nothing was stored" assertions.</summary>
    private async Task<(int Topologies, int Items, int Log, int Seats, int Shares)> RowsAsync()
    {
        await using var db = Db();
        return (await db.Topologies.CountAsync(), await db.TopologyItems.CountAsync(), await db.AuditLog.CountAsync(),
            await db.ClassroomTrainees.CountAsync(), await db.TopologyShares.CountAsync());
    }

    [SkippableFact]
    public async Task Open_draws_six_character_codes_only_from_letters_and_digits_nobody_confuses()
    {
        var codes = new List<string>();
        for (var i = 0; i < 30; i++) codes.Add((await OpenAsync()).Code);

        codes.ShouldAllBe(code => code.Length == ClassroomStore.CodeLength);
        // 180 random characters: an alphabet with any of 0, O, 1, I or L in it shows one here all but certainly.
        string.Concat(codes).ShouldAllBe(c => "ABCDEFGHJKMNPQRSTUVWXYZ23456789".Contains(c));
        codes.Distinct().Count().ShouldBe(codes.Count);
    }

    [SkippableFact]
    public async Task A_code_is_found_however_it_was_typed()
    {
        var opened = await OpenAsync();
        var typed = $"  {opened.Code[..3].ToLowerInvariant()}-{opened.Code[3..].ToLowerInvariant()} ";

        (await _classrooms.FindByCodeAsync(typed))!.Id.ShouldBe(opened.Id);
        ClassroomStore.Normalize(typed).ShouldBe(opened.Code);
    }

    [SkippableFact]
    public async Task A_code_no_classroom_has_finds_nothing()
    {
        await OpenAsync();

        // 0 and O are never drawn, so no classroom can have this code.
        (await _classrooms.FindByCodeAsync("00O-O00")).ShouldBeNull();
    }

    [SkippableFact]
    public async Task Join_stores_the_trainees_own_lesson_attempt_the_seat_and_a_viewer_share_for_the_trainer()
    {
        var classroom = await OpenAsync();

        var seat = await JoinAsync(classroom, "trainee-1");

        await using var db = Db();
        var copy = await db.Topologies.AsNoTracking().SingleAsync(t => t.Id == seat.TopologyId);
        (copy.OwnerId, copy.LessonId, copy.Name).ShouldBe(("trainee-1", Lesson, Exercise().Name));
        (await db.TopologyShares.AsNoTracking().Where(s => s.TopologyId == seat.TopologyId).Select(s => new { s.UserId, s.Access }).SingleAsync())
            .ShouldBe(new { UserId = Trainer, Access = TopologyAccess.Viewer });
        (await ReloadAsync(classroom)).Trainees.ShouldBe([seat]);
        (seat.UserId, seat.DisplayName, seat.JoinedAt).ShouldBe(("trainee-1", "Name of trainee-1", _time.GetUtcNow()));
    }

    [SkippableFact]
    public async Task A_seat_is_found_by_classroom_and_account_and_by_its_copy()
    {
        var classroom = await OpenAsync();
        var seat = await JoinAsync(classroom, "trainee-1");

        (await _classrooms.SeatAsync(classroom.Id, "trainee-1")).ShouldBe(seat);
        (await _classrooms.SeatAsync(classroom.Id, "trainee-2")).ShouldBeNull();
        var (summary, found) = (await _classrooms.OfTopologyAsync(seat.TopologyId))!.Value;
        (summary.Id, summary.Code, summary.Trainees).ShouldBe((classroom.Id, classroom.Code, 1));
        found.ShouldBe(seat);
    }

    [SkippableFact]
    public async Task A_seat_is_found_by_its_id_only_in_its_own_classroom()
    {
        var (classroom, other) = (await OpenAsync(), await OpenAsync());
        var seat = await JoinAsync(classroom, "trainee-1");

        var (summary, found) = (await _classrooms.SeatInAsync(classroom.Id, seat.Id))!.Value;
        (summary.Id, summary.TrainerId, found).ShouldBe((classroom.Id, Trainer, seat));
        (await _classrooms.SeatInAsync(other.Id, seat.Id)).ShouldBeNull();
        (await _classrooms.SeatInAsync(classroom.Id, Guid.NewGuid())).ShouldBeNull();
    }

    [SkippableFact]
    public async Task A_topology_that_is_no_trainees_copy_is_in_no_classroom()
    {
        await JoinAsync(await OpenAsync(), "trainee-1");
        var unrelated = await Store.CreateAsync(Samples.Document("zones-firewall"), ownerId: "trainee-1");

        (await _classrooms.OfTopologyAsync(unrelated)).ShouldBeNull();
    }

    [SkippableFact]
    public async Task A_trainer_joining_their_own_classroom_gets_no_share_of_what_they_own()
    {
        var seat = await JoinAsync(await OpenAsync(), Trainer);

        (await RowsAsync()).Shares.ShouldBe(0);
        (await _classrooms.OfTopologyAsync(seat.TopologyId)).ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task The_list_counts_trainees_and_shows_a_trainers_own_classrooms_newest_first()
    {
        var first = await OpenAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var others = await OpenAsync("trainer-2");
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await OpenAsync();
        await JoinAsync(first, "trainee-1");
        await JoinAsync(first, "trainee-2");
        await JoinAsync(second, "trainee-1");

        (await _classrooms.ListAsync(Trainer)).Select(c => (c.Id, c.Trainees)).ShouldBe([(second.Id, 1), (first.Id, 2)]);
        (await _classrooms.ListAsync("trainer-2")).Select(c => (c.Id, c.Trainees)).ShouldBe([(others.Id, 0)]);
        (await _classrooms.ListAsync(null)).Select(c => c.Id).ShouldBe([second.Id, others.Id, first.Id]);
    }

    [SkippableFact]
    public async Task Joining_again_returns_the_same_seat_and_makes_no_second_copy()
    {
        var classroom = await OpenAsync();
        var seat = await JoinAsync(classroom, "trainee-1");
        var rows = await RowsAsync();

        (await JoinAsync(await ReloadAsync(classroom), "trainee-1")).ShouldBe(seat);

        (await RowsAsync()).ShouldBe(rows);
    }

    [SkippableFact]
    public async Task A_join_that_lost_the_race_to_another_tab_returns_the_seat_that_won_and_stores_nothing()
    {
        // Both tabs read the classroom before either joined: the second join passes the in-memory check and meets the unique seat index.
        var seenByBothTabs = await OpenAsync();
        var winner = await JoinAsync(seenByBothTabs, "trainee-1");
        var rows = await RowsAsync();

        (await JoinAsync(seenByBothTabs, "trainee-1")).ShouldBe(winner);

        (await RowsAsync()).ShouldBe(rows);
    }

    [SkippableFact]
    public async Task A_join_for_an_account_that_does_not_exist_fails_and_stores_nothing()
    {
        var classroom = await OpenAsync();
        var rows = await RowsAsync();

        await Should.ThrowAsync<DbUpdateException>(() => JoinAsync(classroom, "no-such-account"));

        (await RowsAsync()).ShouldBe(rows);
        (await ReloadAsync(classroom)).Trainees.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_join_whose_trainer_share_fails_stores_neither_the_copy_nor_the_seat()
    {
        // The trainer's account is gone after the classroom was read: only the share's row breaks a foreign key.
        var classroom = await OpenAsync() with { TrainerId = "deleted-trainer" };
        var rows = await RowsAsync();

        await Should.ThrowAsync<DbUpdateException>(() => JoinAsync(classroom, "trainee-1"));

        (await RowsAsync()).ShouldBe(rows);
        (await _classrooms.SeatAsync(classroom.Id, "trainee-1")).ShouldBeNull();
    }

    [SkippableFact]
    public async Task A_join_whose_exercise_cannot_be_built_stores_nothing()
    {
        var classroom = await OpenAsync();
        var rows = await RowsAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => JoinAsync(classroom, "trainee-1", () => throw new InvalidOperationException("broken lesson")));

        (await RowsAsync()).ShouldBe(rows);
        (await _classrooms.SeatAsync(classroom.Id, "trainee-1")).ShouldBeNull();
    }

    [SkippableFact]
    public async Task Hints_are_switched_off_and_on_again()
    {
        var classroom = await OpenAsync();
        classroom.HintsShown.ShouldBeTrue();

        (await _classrooms.SetHintsAsync(classroom.Id, false)).ShouldBeTrue();
        (await ReloadAsync(classroom)).HintsShown.ShouldBeFalse();
        (await _classrooms.SetHintsAsync(classroom.Id, true)).ShouldBeTrue();
        (await ReloadAsync(classroom)).HintsShown.ShouldBeTrue();
    }

    [SkippableFact]
    public async Task Ending_keeps_the_time_it_first_ended()
    {
        var classroom = await OpenAsync();
        _time.Advance(TimeSpan.FromMinutes(45));
        var ended = _time.GetUtcNow();

        (await _classrooms.EndAsync(classroom.Id)).ShouldBeTrue();
        _time.Advance(TimeSpan.FromMinutes(5));
        (await _classrooms.EndAsync(classroom.Id)).ShouldBeTrue();

        var stored = await ReloadAsync(classroom);
        (stored.Ended, stored.EndedAt).ShouldBe((true, ended));
        (await _classrooms.ListAsync(Trainer)).Single().EndedAt.ShouldBe(ended);
    }

    [SkippableFact]
    public async Task Hints_and_the_end_of_a_classroom_that_does_not_exist_answer_false()
    {
        await OpenAsync();

        (await _classrooms.SetHintsAsync(Guid.NewGuid(), false)).ShouldBeFalse();
        (await _classrooms.EndAsync(Guid.NewGuid())).ShouldBeFalse();
        (await _classrooms.ListAsync(null)).ShouldAllBe(c => c.HintsShown && !c.Ended);
    }
}

public sealed class ClassroomStoreOnSqliteTests() : ClassroomStoreTests(DatabaseProvider.Sqlite);

public sealed class ClassroomStoreOnPostgreSqlTests() : ClassroomStoreTests(DatabaseProvider.PostgreSql);
