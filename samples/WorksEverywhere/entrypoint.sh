#!/bin/sh
set -e
exec dotnet WorksEverywhere.dll "$@"
