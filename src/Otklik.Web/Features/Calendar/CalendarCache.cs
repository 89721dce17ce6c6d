using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Calendar;

// The calendar in use: shipped decrees, replaced by years and days that administrators stored.
// Rebuilding takes milliseconds, so each node simply reloads after a change or once a minute.
public sealed class CalendarCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ProductionCalendar? _calendar;
    private DateTimeOffset _loadedAt;

    public async Task<ProductionCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _calendar;
        if (current is not null && time.GetUtcNow() - _loadedAt < Refresh)
        {
            return current;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_calendar is null || time.GetUtcNow() - _loadedAt >= Refresh)
            {
                _calendar = await LoadAsync(cancellationToken);
                _loadedAt = time.GetUtcNow();
            }

            return _calendar;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _calendar = null;

    public void Dispose() => _lock.Dispose();

    private async Task<ProductionCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();

        var stored = await db.CalendarYears.AsNoTracking().Include(y => y.Days).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.StoredYear == null).ToListAsync(cancellationToken);

        var years = ShippedYears.All.ToDictionary(y => y.Year);
        foreach (var year in stored)
        {
            years[year.Year] = new CalendarYear(year.Year, year.Source, false, [.. year.Days.Select(d => d.ToRule())]);
        }

        return new ProductionCalendar(years.Values, days.Select(d => d.ToRule()));
    }
}
