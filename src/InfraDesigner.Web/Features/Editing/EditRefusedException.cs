using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>An edit that cannot be made as asked; <see cref="Problem"/> says why and at which field.</summary>
public sealed class EditRefusedException(Problem problem) : Exception(problem.Message)
{
    public Problem Problem { get; } = problem;

    public static EditRefusedException At(string path, string message) => new(InfraDesigner.Domain.Validation.Problem.Error(path, message));
}
