using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>Classrooms over the API: a trainer opens one, trainees join by its code, and only its trainer or an admin runs it.</summary>
public abstract class ClassroomEndpointsTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Password = "classroom-password-1";
    private static readonly Lesson Lesson = LessonCatalog.Builtin[0];
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        using var admin = factory.CreateClient();
        foreach (var (who, role) in new[] { ("trainer", "trainer"), ("other-trainer", "trainer"), ("trainee", "trainee") })
        {
            var email = $"{who}-{_run}@tests.invalid";
            (await admin.PostAsJsonAsync("/api/accounts", new { email, password = Password, role })).StatusCode.ShouldBe(HttpStatusCode.Created);
            _tokens[who] = factory.SignIn(email, Password);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient As(string who) => who == "admin" ? factory.CreateClient() : factory.ClientWithToken(_tokens[who]);

    private async Task<ClassroomView> OpenAsync()
    {
        using var trainer = As("trainer");
        var opened = await trainer.PostAsJsonAsync("/api/classrooms", new { lessonId = Lesson.Id, language = "en" });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var classroom = (await opened.Content.ReadFromJsonAsync<ClassroomView>())!;
        opened.Headers.Location!.ToString().ShouldBe($"/api/classrooms/{classroom.Id}");
        return classroom;
    }

    private async Task<JsonElement> BoardAsync(Guid id, string who = "trainer")
    {
        using var client = As(who);
        return await client.GetFromJsonAsync<JsonElement>($"/api/classrooms/{id}");
    }

    private static Guid[] TraineeCopies(JsonElement board) =>
        [.. board.GetProperty("trainees").EnumerateArray().Select(t => t.GetProperty("topologyId").GetGuid())];

    private async Task<HttpResponseMessage> JoinAsync(string code, string displayName)
    {
        using var trainee = As("trainee");
        return await trainee.PostAsJsonAsync("/api/classrooms/join", new { code, displayName });
    }

    private static async Task<Guid> CopyOf(HttpResponseMessage joined)
    {
        joined.StatusCode.ShouldBe(HttpStatusCode.Created, await joined.Content.ReadAsStringAsync());
        return (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Every call that runs a classroom, as (what, response).</summary>
    private static async Task<(string, HttpStatusCode)[]> RunAsync(HttpClient client, Guid id) =>
    [
        ("board", (await client.GetAsync($"/api/classrooms/{id}")).StatusCode),
        ("csv", (await client.GetAsync($"/api/classrooms/{id}/results.csv")).StatusCode),
        ("hints", (await client.PutAsJsonAsync($"/api/classrooms/{id}/hints", new { shown = false })).StatusCode),
        ("note", (await client.PostAsJsonAsync($"/api/classrooms/{id}/notes", new { text = "Look at the VLANs." })).StatusCode),
        ("canvas", (await client.PutAsJsonAsync($"/api/classrooms/{id}/canvas", new { topologyId = (Guid?)null })).StatusCode),
        ("end", (await client.PostAsync($"/api/classrooms/{id}/end", null)).StatusCode),
    ];

    private static (string, HttpStatusCode)[] Every(HttpStatusCode status) =>
        [("board", status), ("csv", status), ("hints", status), ("note", status), ("canvas", status), ("end", status)];

    [SkippableFact]
    public async Task A_trainer_opens_a_classroom_with_a_join_code_and_reads_its_empty_board()
    {
        var classroom = await OpenAsync();

        classroom.Code.Length.ShouldBe(6);
        (classroom.LessonId, classroom.HintsShown, classroom.Ended, classroom.Trainees).ShouldBe((Lesson.Id, true, false, 0));
        var board = await BoardAsync(classroom.Id);
        board.GetProperty("classroom").GetProperty("code").GetString().ShouldBe(classroom.Code);
        board.GetProperty("lessonTitle").GetString().ShouldBe(Lesson.Title.In(Language.En));
        board.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(Lesson.Checks.Select(c => c.Id));
        TraineeCopies(board).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task The_results_are_utf8_csv_with_a_byte_order_mark()
    {
        var classroom = await OpenAsync();
        using var trainer = As("trainer");

        var csv = await trainer.GetAsync($"/api/classrooms/{classroom.Id}/results.csv");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.FileName.ShouldBe($"classroom-{classroom.Code}.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes[3..]).ShouldStartWith("name,joined,percent,passed,");
    }

    [SkippableTheory]
    [InlineData("other-trainer")]
    [InlineData("trainee")]
    public async Task Anyone_but_its_trainer_is_refused_running_a_classroom_and_it_stays_as_it_was(string who)
    {
        var classroom = await OpenAsync();
        using var client = As(who);

        (await RunAsync(client, classroom.Id)).ShouldBe(Every(HttpStatusCode.Forbidden));

        var board = await BoardAsync(classroom.Id);
        board.GetProperty("classroom").GetProperty("hintsShown").GetBoolean().ShouldBeTrue();
        board.GetProperty("classroom").GetProperty("ended").GetBoolean().ShouldBeFalse();
    }

    [SkippableFact]
    public async Task An_admin_runs_any_trainers_classroom()
    {
        var classroom = await OpenAsync();
        using var admin = As("admin");

        (await RunAsync(admin, classroom.Id)).ShouldBe([
            ("board", HttpStatusCode.OK), ("csv", HttpStatusCode.OK), ("hints", HttpStatusCode.NoContent),
            ("note", HttpStatusCode.NoContent), ("canvas", HttpStatusCode.NoContent), ("end", HttpStatusCode.NoContent),
        ]);
    }

    [SkippableFact]
    public async Task A_classroom_that_does_not_exist_is_not_found()
    {
        using var trainer = As("trainer");

        (await RunAsync(trainer, Guid.NewGuid())).ShouldBe(Every(HttpStatusCode.NotFound));
    }

    [SkippableFact]
    public async Task The_trainer_switches_hints_off_and_ends_the_classroom()
    {
        var classroom = await OpenAsync();
        using var trainer = As("trainer");

        (await trainer.PutAsJsonAsync($"/api/classrooms/{classroom.Id}/hints", new { shown = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainer.PostAsync($"/api/classrooms/{classroom.Id}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stored = (await BoardAsync(classroom.Id)).GetProperty("classroom");
        stored.GetProperty("hintsShown").GetBoolean().ShouldBeFalse();
        stored.GetProperty("endedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [SkippableFact]
    public async Task A_trainee_may_not_open_a_classroom()
    {
        using var trainee = As("trainee");

        var refused = await trainee.PostAsJsonAsync("/api/classrooms", new { lessonId = Lesson.Id });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task A_classroom_on_a_lesson_that_does_not_exist_is_refused_at_lessonId()
    {
        using var trainer = As("trainer");

        var refused = await trainer.PostAsJsonAsync("/api/classrooms", new { lessonId = $"no-such-lesson-{_run}" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("lessonId")[0].GetString()!.ShouldContain("no-such-lesson");
    }

    [SkippableTheory]
    [InlineData("open", 0, "displayName")]
    [InlineData("open", JoinClassroom.MaxNameLength + 1, "displayName")]
    [InlineData("ABCDE", 3, "code")]
    [InlineData("00O-O00", 3, "code")] // never drawn (no 0 or O), so no classroom has it
    [InlineData("ended", 3, "code")]
    public async Task A_bad_join_is_refused_at_its_field_and_seats_nobody(string code, int nameLength, string field)
    {
        var classroom = await OpenAsync();
        if (code == "ended")
        {
            using var trainer = As("trainer");
            (await trainer.PostAsync($"/api/classrooms/{classroom.Id}/end", null)).EnsureSuccessStatusCode();
        }

        var refused = await JoinAsync(code is "open" or "ended" ? classroom.Code : code, new string('n', nameLength));

        await ShouldBeRefusedAt(refused, field);
        TraineeCopies(await BoardAsync(classroom.Id)).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_trainee_joins_by_the_code_as_read_out_and_shows_on_the_board_under_their_name()
    {
        var classroom = await OpenAsync();

        var copy = await CopyOf(await JoinAsync(classroom.SpokenCode.ToLowerInvariant(), "  Kim Min-su "));

        var trainee = (await BoardAsync(classroom.Id)).GetProperty("trainees").EnumerateArray().Single();
        (trainee.GetProperty("name").GetString(), trainee.GetProperty("topologyId").GetGuid()).ShouldBe(("Kim Min-su", copy));
        using var trainer = As("trainer");
        (await trainer.GetAsync($"/api/topologies/{copy}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Joining_again_returns_the_same_copy()
    {
        var classroom = await OpenAsync();
        var first = await CopyOf(await JoinAsync(classroom.Code, "Kim"));

        var again = await CopyOf(await JoinAsync(classroom.Code, "Kim again"));

        again.ShouldBe(first);
        TraineeCopies(await BoardAsync(classroom.Id)).ShouldBe([first]);
    }

    [SkippableFact]
    public async Task The_list_shows_trainers_their_own_classrooms_admins_all_and_trainees_none()
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));

        async Task<Guid[]> ListedFor(string who)
        {
            using var client = As(who);
            return [.. (await client.GetFromJsonAsync<ClassroomView[]>("/api/classrooms"))!.Select(c => c.Id)];
        }

        (await ListedFor("trainer")).ShouldBe([classroom.Id]);
        (await ListedFor("admin")).ShouldContain(classroom.Id);
        (await ListedFor("other-trainer")).ShouldBeEmpty();
        (await ListedFor("trainee")).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_hint_to_one_trainee_shows_on_their_seat_only_and_a_hint_to_all_on_every_seat()
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));
        using (var other = As("other-trainer")) await CopyOf(await other.PostAsJsonAsync("/api/classrooms/join", new { code = classroom.Code, displayName = "Lee" }));
        using var trainer = As("trainer");
        var kim = SeatOf(await BoardAsync(classroom.Id), "Kim");

        (await trainer.PostAsJsonAsync($"/api/classrooms/{classroom.Id}/notes", new { seatId = kim, text = "  Trace app-a first. " })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Notes(await BoardAsync(classroom.Id)).ShouldBe([("Kim", "Trace app-a first."), ("Lee", null)]);

        (await trainer.PostAsJsonAsync($"/api/classrooms/{classroom.Id}/notes", new { text = "Five minutes left." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Notes(await BoardAsync(classroom.Id)).ShouldBe([("Kim", "Five minutes left."), ("Lee", "Five minutes left.")]);
    }

    [SkippableTheory]
    [InlineData("", false, "text")]
    [InlineData("x", true, "seatId")]
    public async Task A_bad_hint_is_refused_at_its_field_and_stores_nothing(string text, bool strangerSeat, string field)
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));
        using var trainer = As("trainer");

        var refused = await trainer.PostAsJsonAsync($"/api/classrooms/{classroom.Id}/notes", new { seatId = strangerSeat ? Guid.NewGuid() : (Guid?)null, text });

        await ShouldBeRefusedAt(refused, field);
        Notes(await BoardAsync(classroom.Id)).ShouldBe([("Kim", null)]);
    }

    [SkippableFact]
    public async Task A_shown_canvas_is_viewable_by_the_trainees_only_while_it_is_shown()
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));
        using var trainer = As("trainer");
        using var trainee = As("trainee");
        var canvas = await CreateAsync(trainer);
        (await trainee.GetAsync($"/api/topologies/{canvas}")).IsSuccessStatusCode.ShouldBeFalse();

        (await trainer.PutAsJsonAsync($"/api/classrooms/{classroom.Id}/canvas", new { topologyId = canvas })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainee.GetAsync($"/api/topologies/{canvas}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await trainee.PostAsync($"/api/topologies/{canvas}/revisions", JsonContent.Create(new { name = "mine now" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await trainer.PutAsJsonAsync($"/api/classrooms/{classroom.Id}/canvas", new { topologyId = (Guid?)null })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainee.GetAsync($"/api/topologies/{canvas}")).IsSuccessStatusCode.ShouldBeFalse();

        (await trainer.PutAsJsonAsync($"/api/classrooms/{classroom.Id}/canvas", new { topologyId = canvas })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainer.PostAsync($"/api/classrooms/{classroom.Id}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainee.GetAsync($"/api/topologies/{canvas}")).IsSuccessStatusCode.ShouldBeFalse();
    }

    [SkippableFact]
    public async Task A_trainer_may_show_only_a_canvas_they_can_open()
    {
        var classroom = await OpenAsync();
        using var other = As("other-trainer");
        var theirs = await CreateAsync(other);
        using var trainer = As("trainer");

        await ShouldBeRefusedAt(await trainer.PutAsJsonAsync($"/api/classrooms/{classroom.Id}/canvas", new { topologyId = theirs }), "topologyId");
        (await BoardAsync(classroom.Id)).GetProperty("classroom").GetProperty("shownTopologyId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [SkippableFact]
    public async Task A_fault_put_in_a_trainees_copy_changes_it_and_what_can_be_broken_next()
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));
        using var trainer = As("trainer");
        var faults = $"/api/classrooms/{classroom.Id}/trainees/{SeatOf(await BoardAsync(classroom.Id), "Kim")}/faults";
        var before = await trainer.GetFromJsonAsync<JsonElement>(faults);
        var wrongVlan = before.EnumerateArray().First(c => c.GetProperty("fault").GetProperty("kind").GetString() == "access-vlan");

        (await trainer.PostAsync(faults, JsonContent.Create(wrongVlan.GetProperty("fault")))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await trainer.GetFromJsonAsync<JsonElement>(faults);
        Descriptions(after).ShouldNotContain(wrongVlan.GetProperty("description").GetProperty("en").GetString());
        Descriptions(after).Length.ShouldBe(Descriptions(before).Length);
    }

    [SkippableTheory]
    [InlineData("""{ "kind": "remove-rule", "firewall": "no-such-firewall", "rule": "x" }""", "fault.firewall")]
    [InlineData("""{ "kind": "unplug-everything" }""", "fault")]
    public async Task A_fault_that_does_not_fit_the_copy_is_refused_at_its_field(string fault, string field)
    {
        var classroom = await OpenAsync();
        await CopyOf(await JoinAsync(classroom.Code, "Kim"));
        using var trainer = As("trainer");

        var refused = await trainer.PostAsync($"/api/classrooms/{classroom.Id}/trainees/{SeatOf(await BoardAsync(classroom.Id), "Kim")}/faults",
            new StringContent(fault, Encoding.UTF8, "application/json"));

        await ShouldBeRefusedAt(refused, field);
    }

    private static Guid SeatOf(JsonElement board, string name) =>
        board.GetProperty("trainees").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).GetProperty("seatId").GetGuid();

    private static (string?, string?)[] Notes(JsonElement board) =>
        [.. board.GetProperty("trainees").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("note").GetString()))];

    private static string[] Descriptions(JsonElement choices) =>
        [.. choices.EnumerateArray().Select(c => c.GetProperty("description").GetProperty("en").GetString()!)];

    private static async Task<Guid> CreateAsync(HttpClient owner)
    {
        var created = await owner.PostAsync("/api/topologies/from-sample/zones-firewall", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ShouldBeRefusedAt(HttpResponseMessage refused, string field)
    {
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }
}

public sealed class ClassroomEndpointsOnSqliteTests(AppFactory factory) : ClassroomEndpointsTests<AppFactory>(factory);

public sealed class ClassroomEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : ClassroomEndpointsTests<PostgreSqlAppFactory>(factory);
