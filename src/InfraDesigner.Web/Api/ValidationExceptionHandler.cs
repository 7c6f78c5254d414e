using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Api;

/// <summary>
/// Turns what a user can cause into problem details: a rejected request into a 400 whose <c>errors</c>
/// map field paths to messages, an oversized body (ours or the server's limit) into a 413, an edit conflict into a 409. A stored document that cannot be read is reported like a refused one.
/// </summary>
internal sealed class ValidationExceptionHandler(IOptions<ApiOptions> api) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? result = exception switch
        {
            _ when FieldErrors(exception) is { } errors => Results.ValidationProblem(errors),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Security.RequestSizeLimit.TooLarge(api.Value.MaxDocumentBytes),
            PayloadTooLargeException tooLarge => Results.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large"),
            Accounts.AccessDeniedException denied => Results.Problem(denied.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
            EditConflictException conflict => Results.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "Edit conflict",
                extensions: new Dictionary<string, object?> { ["item"] = conflict.Key.ToString() }),
            _ => null,
        };
        if (result is null) return false;
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The field paths and messages of a request the user got wrong (the simulation hub reports them too); null for any other failure.</summary>
    public static IDictionary<string, string[]>? FieldErrors(Exception exception) => exception switch
    {
        RequestValidationException invalid => invalid.ToDictionary(),
        UnreadableDocumentException unreadable => ProblemErrors.Reject(unreadable.Errors).ToDictionary(),
        _ => null,
    };
}
