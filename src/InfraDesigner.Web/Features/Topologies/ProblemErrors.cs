using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>Turns the model's problems into the field errors a rejected request reports.</summary>
internal static class ProblemErrors
{
    public static RequestValidationException Reject(IEnumerable<Problem> problems) =>
        new(problems.Where(p => p.IsError).Select(p => new FieldError(p.Path, p.Message)).ToList());
}
