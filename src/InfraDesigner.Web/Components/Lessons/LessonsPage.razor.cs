using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Components.Imports;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace InfraDesigner.Web.Components.Lessons;

/// <summary>
/// The lesson library by topic; starting one makes the trainee's own topology and opens it on its Lesson tab.
/// Trainers import lesson files here, and delete the ones they imported.
/// </summary>
public partial class LessonsPage
{
    private IReadOnlyList<LessonSummary> _lessons = [];
    private string _language = "en";
    private bool _starting;
    private readonly FileImport _import = new();

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private CurrentUser User { get; set; } = default!;
    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IOptions<ApiOptions> Api { get; set; } = default!;

    protected override Task OnInitializedAsync() => Reload();

    private async Task Reload() => _lessons = await Sender.Send(new ListLessons(_language));

    private async Task ChangeLanguage(string language)
    {
        _language = language;
        await Reload();
    }

    private async Task StartAsync(LessonSummary lesson)
    {
        _starting = true;
        if (await Sender.Send(new StartLesson(lesson.Id, _language)) is { } id)
            Navigation.NavigateTo($"topologies/{id}");
        _starting = false;
    }

    private async Task OpenClassroomAsync(LessonSummary lesson)
    {
        _starting = true;
        var opened = await Sender.Send(new OpenClassroom(lesson.Id, _language));
        Navigation.NavigateTo($"classrooms/{opened.Id}");
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        ImportedLesson? imported = null;
        var done = await Toasts.OrRefusalToastAsync(() =>
            _import.RunAsync(e.File, Api.Value.MaxDocumentBytes, async json => imported = await Sender.Send(new ImportLesson(json))));
        if (!done || imported is null) return;
        Toasts.Add(imported.Replaced ? $"Replaced the lesson {imported.Title}." : $"Imported the lesson {imported.Title}.", Severity.Success);
        await Reload();
    }

    private async Task DeleteAsync(LessonSummary lesson)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete lesson?",
            $"Take {lesson.Title} out of the library? Topologies trainees started from it stay, without its checks.",
            yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return;
        if (await Toasts.OrRefusalToastAsync(async () => await Sender.Send(new DeleteLesson(lesson.Id))))
            Toasts.Add($"Deleted the lesson {lesson.Title}.", Severity.Info);
        await Reload();
    }

    private string ImportedText => _language == "ko" ? "가져온 수업" : "imported";

    private string ChecksText(int count) => _language == "ko" ? $"검사 {count}개" : count == 1 ? "1 check" : $"{count} checks";

    private string TopicTitle(string topic) => (topic, _language) switch
    {
        ("segmentation", "ko") => "네트워크 분리",
        ("segmentation", _) => "Network segmentation",
        ("virtualization", "ko") => "가상화",
        ("virtualization", _) => "Virtualization",
        (_, _) => topic,
    };
}
