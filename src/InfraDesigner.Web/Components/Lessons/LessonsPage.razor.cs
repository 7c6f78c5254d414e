using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Lessons;

/// <summary>The built-in lessons by topic; starting one makes the trainee's own topology and opens it on its Lesson tab.</summary>
public partial class LessonsPage
{
    private IReadOnlyList<LessonSummary> _lessons = [];
    private string _language = "en";
    private bool _starting;

    [Inject] private ISender Sender { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _lessons = await Sender.Send(new ListLessons(_language));

    private async Task ChangeLanguage(string language)
    {
        _language = language;
        _lessons = await Sender.Send(new ListLessons(_language));
    }

    private async Task StartAsync(LessonSummary lesson)
    {
        _starting = true;
        if (await Sender.Send(new StartLesson(lesson.Id, _language)) is { } id)
            Navigation.NavigateTo($"topologies/{id}");
        _starting = false;
    }

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
