#include "cli/servercommand.h"

namespace lsdesk::cli {

// Each command's factory lives in its own file.
std::unique_ptr<ServerCommand> makeImportCommand();
std::unique_ptr<ServerCommand> makeStorageCommand();
std::unique_ptr<ServerCommand> makeProjectCommands();

std::vector<std::unique_ptr<ServerCommand>> makeServerCommands()
{
    std::vector<std::unique_ptr<ServerCommand>> all;
    all.push_back(makeImportCommand());
    all.push_back(makeStorageCommand());
    all.push_back(makeProjectCommands());
    return all;
}

} // namespace lsdesk::cli
