using System.Diagnostics;

namespace InfraDesigner.Web.Mediation;

internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(request, cancellationToken);
            Log.Handled(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (RequestValidationException ex)
        {
            Log.Rejected(logger, typeof(TRequest).Name, ex.Errors.Count);
            throw;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "{Request} handled in {ElapsedMs:0.0} ms")]
        public static partial void Handled(ILogger logger, string request, double elapsedMs);

        [LoggerMessage(2, LogLevel.Information, "{Request} rejected with {ErrorCount} validation error(s)")]
        public static partial void Rejected(ILogger logger, string request, int errorCount);
    }
}
