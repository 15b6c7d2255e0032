#!/bin/sh
set -e
exec dotnet WorksOnMyMachine.dll "$@"
