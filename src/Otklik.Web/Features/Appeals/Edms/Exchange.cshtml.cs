using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Features.Clients;

namespace Otklik.Web.Features.Appeals.Edms;

public sealed class ExchangeModel(EdmsExchange exchange, ClientService clients) : PageModel
{
    private const long MaxImportBytes = 50L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    public EdmsReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await clients.IsRegistryAsync(User) ? Page() : Forbid();

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (!await clients.IsRegistryAsync(User))
        {
            return Forbid();
        }

        if (Upload is not { Length: > 0 and <= MaxImportBytes })
        {
            ModelState.AddModelError(nameof(Upload), "Выберите файл CSV из СЭД (до 50 МБ).");
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false), true);
        Report = await exchange.ImportAsync(reader, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        if (!await clients.IsRegistryAsync(User))
        {
            return Forbid();
        }

        if (From is null || To is null || From > To)
        {
            ModelState.AddModelError(nameof(From), "Укажите период: дата «с» не позже даты «по».");
            return Page();
        }

        await using var buffer = new StringWriter();
        await exchange.ExportAsync(buffer, From.Value, To.Value, HttpContext.RequestAborted);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(buffer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"otklik-{From:yyyyMMdd}-{To:yyyyMMdd}.csv");
    }
}
