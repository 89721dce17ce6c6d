using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Otklik.Web.Features.Portal;

public sealed class IndexModel(IOptions<MinistryOptions> ministry) : PageModel
{
    public MinistryOptions Ministry => ministry.Value;
}
