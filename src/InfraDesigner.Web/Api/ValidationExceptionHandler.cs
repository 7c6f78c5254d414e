using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Diagnostics;

namespace InfraDesigner.Web.Api;

/// <summary>Turns a rejected request into a 400 problem whose <c>errors</c> map field paths to messages.</summary>
internal sealed class ValidationExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RequestValidationException invalid) return false;
        await Results.ValidationProblem(invalid.ToDictionary()).ExecuteAsync(httpContext);
        return true;
    }
}
