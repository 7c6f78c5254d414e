using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

/// <summary>Trainers' own lessons over the API: import, list, start, grade, export, replace and delete, each with who may.</summary>
public abstract class LessonLibraryEndpointsTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Password = "lesson-password-1";
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

    /// <summary>A lesson file of a trainer's own: the first built-in lesson under another id and title.</summary>
    private string OwnLesson(string id, string title = "Our VLAN lab") => LessonSerializer.Export(LessonCatalog.Builtin[0] with
    {
        Id = id,
        Title = new LocalizedText(title, null),
    });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<LessonSummary[]> List(HttpClient client) => (await client.GetFromJsonAsync<LessonSummary[]>("/api/lessons"))!;

    [SkippableFact]
    public async Task A_trainers_lesson_is_listed_started_by_a_trainee_graded_and_exported_as_written()
    {
        var id = $"our-vlan-lab-{_run}";
        var file = OwnLesson(id);
        using var trainer = As("trainer");
        using var trainee = As("trainee");

        var imported = await trainer.PostAsync("/api/lessons", Json(file));

        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        imported.Headers.Location!.ToString().ShouldBe($"/api/lessons/{id}");
        (await List(trainer)).ShouldContain(l => l.Id == id && l.Title == "Our VLAN lab" && l.Imported && l.CanChange);
        (await List(trainee)).ShouldContain(l => l.Id == id && l.Imported && !l.CanChange);
        (await List(trainee)).ShouldContain(l => l.Id == LessonCatalog.Builtin[0].Id && !l.Imported && !l.CanChange);

        var started = await trainee.PostAsync($"/api/lessons/{id}/start", null);
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var topology = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var grade = (await trainee.GetFromJsonAsync<ExerciseView>($"/api/topologies/{topology}/exercise"))!;
        grade.LessonId.ShouldBe(id);
        grade.Checks.Count.ShouldBe(LessonCatalog.Builtin[0].Checks.Count);
        grade.Passed.ShouldBeFalse();

        (await trainee.GetStringAsync($"/api/lessons/{id}")).ShouldBe(file);
        var download = await trainee.GetAsync($"/api/lessons/{id}?download=true");
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{id}.json");
    }

    [SkippableFact]
    public async Task Only_trainers_import_and_only_the_importer_or_an_admin_replaces_or_deletes()
    {
        var id = $"guarded-lab-{_run}";
        using var trainer = As("trainer");
        using var other = As("other-trainer");
        using var trainee = As("trainee");
        using var admin = As("admin");

        (await trainee.PostAsync("/api/lessons", Json(OwnLesson(id)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await trainer.PostAsync("/api/lessons", Json(OwnLesson(id)))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var replaced = await trainer.PostAsync("/api/lessons", Json(OwnLesson(id, "Our VLAN lab, second take")));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replaced.Content.ReadFromJsonAsync<ImportedLesson>())!.Replaced.ShouldBeTrue();
        (await List(trainer)).Single(l => l.Id == id).Title.ShouldBe("Our VLAN lab, second take");

        var hijack = await other.PostAsync("/api/lessons", Json(OwnLesson(id, "Not yours")));
        hijack.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hijack.Content.ReadAsStringAsync()).ShouldContain("imported by another trainer");
        (await other.DeleteAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await trainee.DeleteAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await List(trainer)).Single(l => l.Id == id).Title.ShouldBe("Our VLAN lab, second take");

        (await admin.DeleteAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainer.GetAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await trainer.DeleteAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task A_topology_started_from_a_deleted_lesson_stays_and_says_it_has_no_lesson_now()
    {
        var id = $"short-lived-{_run}";
        using var trainer = As("trainer");
        (await trainer.PostAsync("/api/lessons", Json(OwnLesson(id)))).EnsureSuccessStatusCode();
        var started = await trainer.PostAsync($"/api/lessons/{id}/start", null);
        var topology = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await trainer.DeleteAsync($"/api/lessons/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await trainer.GetAsync($"/api/topologies/{topology}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var grade = await trainer.GetAsync($"/api/topologies/{topology}/exercise");
        grade.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await grade.Content.ReadAsStringAsync()).ShouldContain("was not started from a lesson");
    }

    [SkippableFact]
    public async Task A_bad_lesson_file_is_refused_at_its_path_and_nothing_is_stored()
    {
        using var trainer = As("trainer");
        var before = (await List(trainer)).Length;
        var lesson = LessonCatalog.Builtin[0];
        var broken = LessonSerializer.Export(lesson with
        {
            Id = $"broken-{_run}",
            Checks = [((ReachCheck)lesson.Checks[0]) with { From = "PC9" }, .. lesson.Checks.Skip(1)],
        });

        var refused = await trainer.PostAsync("/api/lessons", Json(broken));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("checks[0].from")[0].GetString()!.ShouldContain("PC9");
        (await List(trainer)).Length.ShouldBe(before);
    }

    [SkippableFact]
    public async Task A_built_in_lesson_can_be_neither_replaced_nor_deleted()
    {
        var builtin = LessonCatalog.Builtin[0].Id;
        using var admin = As("admin");

        var replace = await admin.PostAsync("/api/lessons", Json(OwnLesson(builtin)));
        replace.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replace.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("id")[0].GetString()!.ShouldContain("built-in");

        var delete = await admin.DeleteAsync($"/api/lessons/{builtin}");
        delete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetStringAsync($"/api/lessons/{builtin}")).ShouldBe(LessonSerializer.Export(LessonCatalog.Builtin[0]));
    }

    [SkippableFact]
    public async Task Anonymous_callers_get_401_from_every_lesson_endpoint()
    {
        using var anonymous = factory.AnonymousClient();
        var builtin = LessonCatalog.Builtin[0].Id;
        (await anonymous.GetAsync("/api/lessons")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/lessons", Json(OwnLesson($"anon-{_run}")))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/lessons/{builtin}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"/api/lessons/{builtin}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"/api/lessons/{builtin}/start", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class LessonLibraryEndpointsOnSqliteTests(AppFactory factory) : LessonLibraryEndpointsTests<AppFactory>(factory);

public sealed class LessonLibraryEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : LessonLibraryEndpointsTests<PostgreSqlAppFactory>(factory);
