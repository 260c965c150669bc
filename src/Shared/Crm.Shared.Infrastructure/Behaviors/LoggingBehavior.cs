using System.Diagnostics;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Crm.Shared.Infrastructure.Behaviors;

/// <summary>Logs each use case by name, outcome and duration; never the message content (it may be personal data).</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return response;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is Result { IsSuccess: false } failed)
        {
            logger.LogInformation("{UseCase} failed with {ErrorCode} in {ElapsedMs:0.0} ms", typeof(TMessage).Name, failed.Error.Code, elapsed);
        }
        else
        {
            logger.LogInformation("{UseCase} succeeded in {ElapsedMs:0.0} ms", typeof(TMessage).Name, elapsed);
        }

        return response;
    }
}
