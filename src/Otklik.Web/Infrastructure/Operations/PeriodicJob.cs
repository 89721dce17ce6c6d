namespace Otklik.Web.Infrastructure.Operations;

// A job every node runs at a fixed interval in its own scope; a failed round is logged and the next tick
// tries again. The work itself must be safe to run on several nodes at once.
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger)
    : BackgroundService
{
    // Zero or less turns the job off (tests run the work by hand).
    protected abstract TimeSpan Interval { get; }

    protected virtual bool RunsAtStart => false;

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken token);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        var run = RunsAtStart;
        while (run || await timer.WaitForNextTickAsync(stoppingToken))
        {
            run = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.Failed(logger, GetType().Name, e);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1901, Level = LogLevel.Error, Message = "{Job} failed; retrying at the next tick")]
        public static partial void Failed(ILogger logger, string job, Exception exception);
    }
}
