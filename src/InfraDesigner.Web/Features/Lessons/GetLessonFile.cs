using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>A lesson's file, to edit and import again: an imported one as it was written; null when there is no such lesson.</summary>
public sealed record GetLessonFile(string Id) : IRequest<string?>
{
    internal sealed class Handler(LessonLibrary library) : IRequestHandler<GetLessonFile, string?>
    {
        public async ValueTask<string?> Handle(GetLessonFile request, CancellationToken cancellationToken) =>
            (await library.FindAsync(request.Id, cancellationToken))?.Json;
    }
}
